/** The product's version, stamped on every record sheet; a test keeps it equal to package.json's. */
export const VERSION = "0.1.0";
