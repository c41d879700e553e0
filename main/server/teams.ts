/**
 * The teams of a collaboration server, kept in `<data>/teams.json`. A team token is shown once,
 * when the team is made; the file keeps only its SHA-256, so a copy of the data folder does
 * not hand out access.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { TeamId, TeamsFile, type TeamEntry } from '../../shared/collab/schemas';
import { writeFileAtomic } from '../store/atomic';

const FILE = 'teams.json';

function sha256(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** Reads the teams file; a missing file is no teams, a damaged one is an error naming the file. */
export async function readTeams(dataDir: string): Promise<TeamsFile> {
  const file = path.join(dataDir, FILE);
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, teams: [] };
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON; fix it or restore ${FILE}.bak`);
  }
  const parsed = TeamsFile.safeParse(json);
  if (!parsed.success) throw new Error(`${file} is not a teams file: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** Adds a team and returns its new token (the only time it is seen). */
export async function addTeam(dataDir: string, id: string, name = id): Promise<{ team: TeamEntry; token: string }> {
  const teamId = TeamId.parse(id);
  const file = await readTeams(dataDir);
  if (file.teams.some((t) => t.id === teamId)) throw new Error(`the team "${teamId}" already exists`);
  const token = `${teamId}.${randomBytes(24).toString('base64url')}`;
  const team: TeamEntry = { id: teamId, name, tokenSha256: sha256(token).toString('hex'), created: new Date().toISOString() };
  await writeFileAtomic(path.join(dataDir, FILE), `${JSON.stringify({ ...file, teams: [...file.teams, team] }, null, 2)}\n`);
  return { team, token };
}

/** Finds the team a token belongs to, comparing digests in constant time. */
export function teamOfToken(teams: TeamsFile, token: string): TeamEntry | null {
  if (!token || token.length > 200) return null;
  const digest = sha256(token);
  let found: TeamEntry | null = null;
  for (const team of teams.teams) {
    if (timingSafeEqual(digest, Buffer.from(team.tokenSha256, 'hex'))) found = team;
  }
  return found;
}
