import { DomainError } from '../common/domain-error.js';

export const PeopleErrors = {
  notFound: (handle: string) =>
    new DomainError('NOT_FOUND', `No one has the handle ${handle}.`, [{ path: 'handle', message: 'is nobody’s handle' }]),
};
