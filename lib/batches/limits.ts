/** A batch is Canada Post's purchase unit: at most 50 shipments paid in one transaction. */
export const MAX_BATCH_SHIPMENTS = 50;
