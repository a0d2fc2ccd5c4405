import { openDatabase } from '../db/open';
import { searchIndex } from '../db/repositories/search-query';
import { timeMs } from './stats';
const db = openDatabase(process.argv[2]!);
for (const q of process.argv.slice(3)) {
  const t: number[] = [];
  for (let i = 0; i < 5; i++) t.push(timeMs(() => searchIndex(db, [q], {}, 50, 1000)));
  console.log(q, t.map((x) => x.toFixed(1)).join(' '));
}
