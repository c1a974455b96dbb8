export * from './normalisePostcode';
export * from './parseCsv';
export * from './readPostcodeExtract';
export * from './planPostcodeUpload';
