import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function importErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['shared/x.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/x.ts', "import { useState } from 'react';\nexport const a = useState;\n"],
    ['shared/x.ts', "import fs from 'node:fs';\nexport const a = fs;\n"],
    ['shared/x.ts', "import { dispatch } from '../main/handlers/index';\nexport const a = dispatch;\n"],
    ['shared/text/x.ts', "import { App } from '../../renderer/app/App';\nexport const a = App;\n"],
    ['renderer/app/x.ts', "import { dispatch } from '../../main/handlers/index';\nexport const a = dispatch;\n"],
    ['renderer/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n"],
    ['main/x.ts', "import { call } from '../renderer/api';\nexport const a = call;\n"],
    ['shared/api.ts', "import { cleanText } from './negotiation/clean';\nexport const a = cleanText;\n"],
    ['shared/diff/schemas.ts', "import { tokenize } from '../text/tokens';\nexport const a = tokenize;\n"],
    ['shared/model.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('refuses in %s: %j', async (filePath, code) => {
    expect(await importErrors(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['renderer/x.ts', "import { channels } from '../shared/api';\nexport const a = channels;\n"],
    ['main/x.ts', "import { channels } from '../shared/api';\nexport const a = channels;\n"],
    ['shared/x.ts', "import { z } from 'zod';\nexport const a = z;\n"],
    ['shared/api.ts', "import { z } from 'zod';\nimport { Draft } from './model';\nimport { Comparison } from './diff/schemas';\nexport const a = [z, Draft, Comparison];\n"],
    ['shared/negotiation/schemas.ts', "import { Span } from '../model';\nimport { Bracket } from './model';\nimport { ExportedFile } from '../formats/schemas';\nexport const a = [Span, Bracket, ExportedFile];\n"],
  ])('allows in %s: %j', async (filePath, code) => {
    expect(await importErrors(filePath, code)).toEqual([]);
  });
});
