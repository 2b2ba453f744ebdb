/** The languages of the interface and of the sheets written. */
export type Lang = 'vi' | 'en';
