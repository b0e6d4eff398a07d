/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native and driver modules stay outside the server bundle: they are loaded from node_modules at run time.
  serverExternalPackages: [
    "better-sqlite3",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "pg",
    // pdfkit reads its font metrics from files beside its code; exceljs is large and needs no bundling.
    "pdfkit",
    "exceljs",
  ],
};

export default nextConfig;
