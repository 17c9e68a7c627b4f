// @satu-atap/rules: JSON-logic evaluation, validation, explanation, compilation and SQL.
export {};
