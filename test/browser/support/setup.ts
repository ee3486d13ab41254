import { takeCspViolations } from './browser.js';

// The app runs under a strict Content-Security-Policy; a page that breaks it fails the test that opened it.
afterEach(() => {
  expect(takeCspViolations()).toEqual([]);
});
