import { ORGANIZATION_LIMITS } from '@ocmf/standard';
import { CommonErrors, DomainError } from '../common/domain-error.js';

export const ImplementationErrors = {
  productNotFound: (path = 'id') =>
    new DomainError('PRODUCT_NOT_FOUND', 'There is no such product.', [{ path, message: 'matches no product' }]),
  notVendor: () =>
    CommonErrors.badInput([{ path: 'input.organizationId', message: 'must be a VENDOR organisation: only vendors register products' }]),
  tooManyProducts: () =>
    new DomainError('TOO_MANY_PRODUCTS', `This organisation has ${ORGANIZATION_LIMITS.productsPerOrganization} products already.`),
  noChecklist: () =>
    new DomainError('NO_UPGRADE_CHECKLIST', 'This product has no open upgrade checklist: it is up to date, or has not reported yet.'),
};
