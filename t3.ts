import { writeFileSync } from 'node:fs';
import { loadFixtureStories } from './tests/support/fixtures.ts';
import { storiesToJsonl } from './lib/corpus/jsonl.ts';
writeFileSync('/tmp/stories.jsonl', storiesToJsonl(loadFixtureStories()));
