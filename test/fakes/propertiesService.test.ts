import { createPropertiesService } from './propertiesService';

describe('PropertiesService fake', () => {
  it('stores strings only, like Google, and answers null for a missing key', () => {
    const { service, stores } = createPropertiesService({ initial: { document: { period: '2024-H1' } } });
    const props = service.getDocumentProperties();
    expect(props.getProperty('period')).toBe('2024-H1');
    expect(props.getProperty('missing')).toBeNull();
    props.setProperty('count', 3 as never).setProperty('flag', true as never);
    expect(props.getProperty('count')).toBe('3');
    expect(props.getProperties()).toEqual({ period: '2024-H1', count: '3', flag: 'true' });
    props.setProperties({ a: { x: 1 } as never });
    expect(props.getProperty('a')).toBe('[object Object]');
    expect(stores.document.get('count')).toBe('3');
  });

  it('keeps the three scopes apart and shares each store between Properties objects', () => {
    const { service } = createPropertiesService();
    service.getScriptProperties().setProperty('k', 'script');
    service.getUserProperties().setProperty('k', 'user');
    expect(service.getDocumentProperties().getProperty('k')).toBeNull();
    expect(service.getScriptProperties().getProperty('k')).toBe('script');
    expect(service.getUserProperties().getKeys()).toEqual(['k']);
  });

  it('replaces everything with setProperties(props, true), deletes one or all', () => {
    const { service } = createPropertiesService({ initial: { script: { a: '1', b: '2' } } });
    const props = service.getScriptProperties();
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
    const copy = props.getProperties();
    copy.c = 'changed';
    expect(props.getProperty('c')).toBe('3');
    props.deleteProperty('c');
    expect(props.getKeys()).toEqual([]);
    props.setProperties({ x: '1', y: '2' }).deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it('refuses a value over 9 kB, writing nothing', () => {
    const { service } = createPropertiesService();
    const props = service.getDocumentProperties();
    expect(() => props.setProperties({ small: 'ok', big: 'x'.repeat(9 * 1024 + 1) })).toThrow('Argument too large: value');
    expect(props.getKeys()).toEqual([]);
  });
});
