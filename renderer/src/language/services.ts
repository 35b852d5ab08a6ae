// The app's store of official norm texts the user provided, on the app's one database.
import { db } from '../app/services';
import { NormTextStore } from './norm-texts';

export const normTexts = new NormTextStore(db);
