export { ClientsPage } from './ClientsPage';
export { useClientList } from './client-queries';
export { clientDetails } from './describe-client';
