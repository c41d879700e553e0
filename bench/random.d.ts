/** The seeded random source lives in shared/ so that tests can fuzz with it too. */
export { seededRandom } from '../shared/random';
