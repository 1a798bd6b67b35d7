import pkg from '../../../package.json';

export const VERSION: string = pkg.version;
export const INFORMATION_URI = 'https://github.com/klaviyo-scopes/klaviyo-scopes';
