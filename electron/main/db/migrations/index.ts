import { m001Initial } from './001-initial';
import { m002EscortAndRecords } from './002-escort-and-records';
import { m003InspectionCases } from './003-inspection-cases';
import { m004Printing } from './004-printing';
import { m005Visits } from './005-visits';
import { m006Sync } from './006-sync';
import type { Migration } from './types';

/** All migrations in order. Append new ones; `version` must equal the position + 1. */
export const MIGRATIONS: readonly Migration[] = [m001Initial, m002EscortAndRecords, m003InspectionCases, m004Printing, m005Visits, m006Sync];

export const LATEST_VERSION = MIGRATIONS.length;
