import { appStore } from '../stores/app-store';
import { appRouter } from './router';

/** Signing out returns the next person to the home page, not to where the last one was. */
export const signOut = async (): Promise<void> => {
  await appRouter().navigate('/');
  await appStore.getState().logout();
};
