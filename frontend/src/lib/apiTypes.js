// API shapes that several features read.
export {};
