/*
 * A stand-in for HtmlService's google.script.run, for pages driven in a real browser.
 * Loaded as a plain script (page.addInitScript) before the page's own scripts; see fakeScriptRun.ts.
 *
 * Behaves like the real client:
 *  - google.script.run has one method per server function name, plus withSuccessHandler,
 *    withFailureHandler and withUserObject, each returning a NEW runner (the old one is unchanged);
 *  - a name that the server does not expose is undefined, so calling it throws a TypeError;
 *  - a call returns undefined at once; later (setTimeout) the success handler gets a structured
 *    clone of the answer, or the failure handler gets an Error whose message is the server's;
 *  - arguments are cloned too, and a Date or a function among them fails the call, as in HtmlService.
 * Every call is recorded as {name, args} in window.__calls.
 */
(function () {
  'use strict';

  function clone(value) {
    return value === undefined ? undefined : structuredClone(value);
  }

  function containsForbidden(value) {
    if (typeof value === 'function') return 'function';
    if (value instanceof Date) return 'Date';
    if (value && typeof value === 'object') {
      for (var key in value) {
        if (Object.prototype.hasOwnProperty.call(value, key)) {
          var inner = containsForbidden(value[key]);
          if (inner) return inner;
        }
      }
    }
    return null;
  }

  function sameArgs(expected, actual) {
    return JSON.stringify(expected) === JSON.stringify(actual);
  }

  window.__installFakeScriptRun = function (config) {
    var names = config.functions.slice();
    var answers = {};
    var held = [];
    var calls = [];
    Object.keys(config.answers || {}).forEach(function (name) {
      answers[name] = config.answers[name];
    });

    function pickReply(name, args) {
      var rules = answers[name];
      if (!rules) return { error: 'Chưa cấu hình câu trả lời giả cho ' + name };
      if (!Array.isArray(rules)) rules = [rules];
      for (var i = 0; i < rules.length; i++) {
        var rule = rules[i];
        if (!('args' in rule) || sameArgs(rule.args, args)) return rule;
      }
      return { error: 'Không có câu trả lời giả cho ' + name + '(' + JSON.stringify(args).slice(1, -1) + ')' };
    }

    function deliver(reply, success, failure, userObject) {
      if ('error' in reply) {
        var error = new Error(reply.error);
        if (failure) failure(error, userObject);
        else console.error('google.script.run: uncaught server error: ' + reply.error);
        return;
      }
      var value;
      try {
        value = clone(reply.value);
      } catch (e) {
        if (failure) failure(new Error('Không trả về được kết quả: ' + e.message), userObject);
        return;
      }
      if (success) success(value, userObject);
    }

    function makeRunner(success, failure, userObject) {
      var runner = {
        withSuccessHandler: function (fn) {
          if (typeof fn !== 'function') throw new TypeError('withSuccessHandler expects a function');
          return makeRunner(fn, failure, userObject);
        },
        withFailureHandler: function (fn) {
          if (typeof fn !== 'function') throw new TypeError('withFailureHandler expects a function');
          return makeRunner(success, fn, userObject);
        },
        withUserObject: function (obj) {
          return makeRunner(success, failure, obj);
        },
      };
      names.forEach(function (name) {
        runner[name] = function () {
          var args = Array.prototype.slice.call(arguments);
          var forbidden = containsForbidden(args);
          var recorded;
          try {
            recorded = forbidden ? null : clone(args);
          } catch (e) {
            forbidden = e.message;
          }
          calls.push({ name: name, args: recorded === null ? [] : recorded, at: Date.now() });
          var reply = forbidden ? { error: 'Tham số không hợp lệ (' + forbidden + ') khi gọi ' + name } : pickReply(name, recorded);
          var settle = function () {
            deliver(reply, success, failure, userObject);
          };
          if (reply.hold) held.push(settle);
          else setTimeout(settle, reply.delayMs || 0);
          return undefined;
        };
      });
      return runner;
    }

    window.__calls = calls;
    window.__fake = {
      /** Replaces the answers for one server function. */
      answer: function (name, rules) {
        answers[name] = rules;
      },
      /** How many calls are waiting on a `hold: true` answer. */
      heldCount: function () {
        return held.length;
      },
      /** Answers every call that waits on a `hold: true` answer. */
      release: function () {
        var waiting = held.splice(0, held.length);
        waiting.forEach(function (settle) {
          setTimeout(settle, 0);
        });
        return waiting.length;
      },
    };
    window.google = window.google || {};
    window.google.script = window.google.script || {};
    window.google.script.run = makeRunner(null, null, undefined);
  };
})();
