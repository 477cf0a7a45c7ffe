// Vite turns imported stylesheets into files served from 'self', which the CSP allows.
declare module '*.css';
