/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AccountMenu_user on User {\n    displayName\n    role\n  }\n": typeof types.AccountMenu_UserFragmentDoc,
    "\n  query CurrentUser {\n    me {\n      id\n      ...AccountMenu_user\n    }\n  }\n": typeof types.CurrentUserDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...AccountMenu_user\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        ...AccountMenu_user\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  fragment CategoryCard_category on Category {\n    key\n    name\n    description\n    focusPercent\n    measures {\n      key\n      audience\n      status\n    }\n  }\n": typeof types.CategoryCard_CategoryFragmentDoc,
    "\n  query Category {\n    draft {\n      categories {\n        key\n        name\n        description\n        focusPercent\n        measures {\n          key\n          audience\n          ...MeasureListItem_measure\n        }\n      }\n    }\n  }\n": typeof types.CategoryDocument,
    "\n  fragment FocusChart_categories on Category {\n    key\n    name\n    focusPercent\n  }\n": typeof types.FocusChart_CategoriesFragmentDoc,
    "\n  query Home {\n    draft {\n      revision\n      categories {\n        key\n        ...FocusChart_categories\n        ...CategoryCard_category\n      }\n    }\n    releases {\n      ...LatestReleaseNote_releases\n    }\n  }\n": typeof types.HomeDocument,
    "\n  fragment MeasureFacts_measure on Measure {\n    audience\n    formula\n    unit\n    direction\n    status\n    aliases\n    category {\n      key\n      name\n    }\n  }\n": typeof types.MeasureFacts_MeasureFragmentDoc,
    "\n  fragment MeasureListItem_measure on Measure {\n    key\n    name\n    status\n    definition\n    unit\n  }\n": typeof types.MeasureListItem_MeasureFragmentDoc,
    "\n  query Measure($key: String!) {\n    measure(key: $key) {\n      key\n      name\n      definition\n      status\n      notes\n      category {\n        key\n        name\n      }\n      ...MeasureFacts_measure\n    }\n  }\n": typeof types.MeasureDocument,
    "\n  fragment LatestReleaseNote_releases on Release {\n    version\n    title\n    publishedAt\n  }\n": typeof types.LatestReleaseNote_ReleasesFragmentDoc,
    "\n  fragment ReleaseFramework_categories on Category {\n    key\n    name\n    description\n    focusPercent\n    measures {\n      key\n      audience\n      ...MeasureListItem_measure\n    }\n  }\n": typeof types.ReleaseFramework_CategoriesFragmentDoc,
    "\n  fragment ReleaseListItem_release on Release {\n    version\n    title\n    publishedAt\n    license {\n      name\n    }\n  }\n": typeof types.ReleaseListItem_ReleaseFragmentDoc,
    "\n  query Release($version: String!) {\n    release(version: $version) {\n      version\n      title\n      notes\n      publishedAt\n      contentHash\n      draftRevision\n      license {\n        id\n        name\n        url\n        attribution\n      }\n      downloads {\n        json\n      }\n      categories {\n        ...ReleaseFramework_categories\n      }\n    }\n  }\n": typeof types.ReleaseDocument,
    "\n  query Releases {\n    releases {\n      version\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n": typeof types.ReleasesDocument,
};
const documents: Documents = {
    "\n  fragment AccountMenu_user on User {\n    displayName\n    role\n  }\n": types.AccountMenu_UserFragmentDoc,
    "\n  query CurrentUser {\n    me {\n      id\n      ...AccountMenu_user\n    }\n  }\n": types.CurrentUserDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...AccountMenu_user\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        ...AccountMenu_user\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  fragment CategoryCard_category on Category {\n    key\n    name\n    description\n    focusPercent\n    measures {\n      key\n      audience\n      status\n    }\n  }\n": types.CategoryCard_CategoryFragmentDoc,
    "\n  query Category {\n    draft {\n      categories {\n        key\n        name\n        description\n        focusPercent\n        measures {\n          key\n          audience\n          ...MeasureListItem_measure\n        }\n      }\n    }\n  }\n": types.CategoryDocument,
    "\n  fragment FocusChart_categories on Category {\n    key\n    name\n    focusPercent\n  }\n": types.FocusChart_CategoriesFragmentDoc,
    "\n  query Home {\n    draft {\n      revision\n      categories {\n        key\n        ...FocusChart_categories\n        ...CategoryCard_category\n      }\n    }\n    releases {\n      ...LatestReleaseNote_releases\n    }\n  }\n": types.HomeDocument,
    "\n  fragment MeasureFacts_measure on Measure {\n    audience\n    formula\n    unit\n    direction\n    status\n    aliases\n    category {\n      key\n      name\n    }\n  }\n": types.MeasureFacts_MeasureFragmentDoc,
    "\n  fragment MeasureListItem_measure on Measure {\n    key\n    name\n    status\n    definition\n    unit\n  }\n": types.MeasureListItem_MeasureFragmentDoc,
    "\n  query Measure($key: String!) {\n    measure(key: $key) {\n      key\n      name\n      definition\n      status\n      notes\n      category {\n        key\n        name\n      }\n      ...MeasureFacts_measure\n    }\n  }\n": types.MeasureDocument,
    "\n  fragment LatestReleaseNote_releases on Release {\n    version\n    title\n    publishedAt\n  }\n": types.LatestReleaseNote_ReleasesFragmentDoc,
    "\n  fragment ReleaseFramework_categories on Category {\n    key\n    name\n    description\n    focusPercent\n    measures {\n      key\n      audience\n      ...MeasureListItem_measure\n    }\n  }\n": types.ReleaseFramework_CategoriesFragmentDoc,
    "\n  fragment ReleaseListItem_release on Release {\n    version\n    title\n    publishedAt\n    license {\n      name\n    }\n  }\n": types.ReleaseListItem_ReleaseFragmentDoc,
    "\n  query Release($version: String!) {\n    release(version: $version) {\n      version\n      title\n      notes\n      publishedAt\n      contentHash\n      draftRevision\n      license {\n        id\n        name\n        url\n        attribution\n      }\n      downloads {\n        json\n      }\n      categories {\n        ...ReleaseFramework_categories\n      }\n    }\n  }\n": types.ReleaseDocument,
    "\n  query Releases {\n    releases {\n      version\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n": types.ReleasesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountMenu_user on User {\n    displayName\n    role\n  }\n"): (typeof documents)["\n  fragment AccountMenu_user on User {\n    displayName\n    role\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CurrentUser {\n    me {\n      id\n      ...AccountMenu_user\n    }\n  }\n"): (typeof documents)["\n  query CurrentUser {\n    me {\n      id\n      ...AccountMenu_user\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...AccountMenu_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        ...AccountMenu_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        ...AccountMenu_user\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      user {\n        id\n        ...AccountMenu_user\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CategoryCard_category on Category {\n    key\n    name\n    description\n    focusPercent\n    measures {\n      key\n      audience\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment CategoryCard_category on Category {\n    key\n    name\n    description\n    focusPercent\n    measures {\n      key\n      audience\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Category {\n    draft {\n      categories {\n        key\n        name\n        description\n        focusPercent\n        measures {\n          key\n          audience\n          ...MeasureListItem_measure\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Category {\n    draft {\n      categories {\n        key\n        name\n        description\n        focusPercent\n        measures {\n          key\n          audience\n          ...MeasureListItem_measure\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FocusChart_categories on Category {\n    key\n    name\n    focusPercent\n  }\n"): (typeof documents)["\n  fragment FocusChart_categories on Category {\n    key\n    name\n    focusPercent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Home {\n    draft {\n      revision\n      categories {\n        key\n        ...FocusChart_categories\n        ...CategoryCard_category\n      }\n    }\n    releases {\n      ...LatestReleaseNote_releases\n    }\n  }\n"): (typeof documents)["\n  query Home {\n    draft {\n      revision\n      categories {\n        key\n        ...FocusChart_categories\n        ...CategoryCard_category\n      }\n    }\n    releases {\n      ...LatestReleaseNote_releases\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureFacts_measure on Measure {\n    audience\n    formula\n    unit\n    direction\n    status\n    aliases\n    category {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureFacts_measure on Measure {\n    audience\n    formula\n    unit\n    direction\n    status\n    aliases\n    category {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureListItem_measure on Measure {\n    key\n    name\n    status\n    definition\n    unit\n  }\n"): (typeof documents)["\n  fragment MeasureListItem_measure on Measure {\n    key\n    name\n    status\n    definition\n    unit\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Measure($key: String!) {\n    measure(key: $key) {\n      key\n      name\n      definition\n      status\n      notes\n      category {\n        key\n        name\n      }\n      ...MeasureFacts_measure\n    }\n  }\n"): (typeof documents)["\n  query Measure($key: String!) {\n    measure(key: $key) {\n      key\n      name\n      definition\n      status\n      notes\n      category {\n        key\n        name\n      }\n      ...MeasureFacts_measure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LatestReleaseNote_releases on Release {\n    version\n    title\n    publishedAt\n  }\n"): (typeof documents)["\n  fragment LatestReleaseNote_releases on Release {\n    version\n    title\n    publishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReleaseFramework_categories on Category {\n    key\n    name\n    description\n    focusPercent\n    measures {\n      key\n      audience\n      ...MeasureListItem_measure\n    }\n  }\n"): (typeof documents)["\n  fragment ReleaseFramework_categories on Category {\n    key\n    name\n    description\n    focusPercent\n    measures {\n      key\n      audience\n      ...MeasureListItem_measure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReleaseListItem_release on Release {\n    version\n    title\n    publishedAt\n    license {\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ReleaseListItem_release on Release {\n    version\n    title\n    publishedAt\n    license {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Release($version: String!) {\n    release(version: $version) {\n      version\n      title\n      notes\n      publishedAt\n      contentHash\n      draftRevision\n      license {\n        id\n        name\n        url\n        attribution\n      }\n      downloads {\n        json\n      }\n      categories {\n        ...ReleaseFramework_categories\n      }\n    }\n  }\n"): (typeof documents)["\n  query Release($version: String!) {\n    release(version: $version) {\n      version\n      title\n      notes\n      publishedAt\n      contentHash\n      draftRevision\n      license {\n        id\n        name\n        url\n        attribution\n      }\n      downloads {\n        json\n      }\n      categories {\n        ...ReleaseFramework_categories\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Releases {\n    releases {\n      version\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n"): (typeof documents)["\n  query Releases {\n    releases {\n      version\n      publishedAt\n      ...ReleaseListItem_release\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;