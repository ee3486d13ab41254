import { ORGANIZATION_LIMITS } from '@ocmf/standard';
import { CommonErrors, DomainError } from '../common/domain-error.js';

export const ImplementationErrors = {
  productNotFound: (path = 'id') =>
    new DomainError('PRODUCT_NOT_FOUND', 'There is no such product.', [{ path, message: 'matches no product' }]),
  notVendor: () =>
    CommonErrors.badInput([{ path: 'input.organizationId', message: 'must be a VENDOR organisation: only vendors register products' }]),
  tooManyProducts: () =>
    new DomainError('TOO_MANY_PRODUCTS', `This organisation has ${ORGANIZATION_LIMITS.productsPerOrganization} products already.`),
  checklistItemNotFound: () =>
    new DomainError(
      'CHECKLIST_ITEM_NOT_FOUND',
      'There is no such item on an open upgrade checklist: the product may have declared the newer release already.',
      [{ path: 'itemId', message: 'matches no item of an open checklist' }],
    ),
};
