import { ApolloProvider } from '@apollo/client/react';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo-client';
import { router } from './router';

const client = createApolloClient();

export function App() {
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
