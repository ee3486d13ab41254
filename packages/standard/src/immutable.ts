/**
 * Freezes a value and everything inside it, so that any attempt to modify it throws in strict mode: for values
 * that many readers share, such as a stored document kept in memory.
 */
export const deepFreeze = <T>(value: T): T => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
};
