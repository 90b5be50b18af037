/** The shims Apps Script's V8 gets (src/gas/summary/runtimeShims.ts). */
import fc from 'fast-check';
import vm from 'vm';
import { encodeUtf8, installRuntimeShims } from '../../src/gas/summary/runtimeShims';

test('the UTF-8 encoder gives the bytes of TextEncoder for every string, lone surrogates included', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(Array.from(encodeUtf8(text))).toEqual(Array.from(new TextEncoder().encode(text)));
    }),
  );
  expect(Array.from(encodeUtf8('Độc lập 😀'))).toEqual(Array.from(new TextEncoder().encode('Độc lập 😀')));
});

test('installed in a bare context, TextEncoder encodes and the timers run their callbacks as microtasks, before the execution ends', async () => {
  const context = vm.createContext({ installRuntimeShims });
  const ran = vm.runInContext(
    `installRuntimeShims(globalThis);
     var log = [];
     setTimeout(function (x) { log.push('timeout ' + x); }, 1000, 'a');
     setImmediate(function () { log.push('immediate'); });
     log.push('sync');
     Promise.resolve().then(function () { return log; })`,
    context,
  ) as Promise<string[]>;
  expect(await ran).toEqual(['sync', 'timeout a', 'immediate']);
  expect(Array.from(vm.runInContext("new TextEncoder().encode('Hà Nội')", context) as Uint8Array)).toEqual(Array.from(new TextEncoder().encode('Hà Nội')));
});

test('leaves a global alone where the platform has it', () => {
  const own = { TextEncoder: 'mine', setTimeout: 'mine', setImmediate: 'mine' } as Record<string, unknown>;
  installRuntimeShims(own);
  expect(own).toEqual({ TextEncoder: 'mine', setTimeout: 'mine', setImmediate: 'mine' });
});
