export { ClientPage } from './ClientPage';
export { nameInRoom, useClient } from './client-queries';
