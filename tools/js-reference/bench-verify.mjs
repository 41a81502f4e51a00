// Throughput of @polkadot/wasm-crypto (Rust schnorrkel / ed25519 in WASM) signature verification
// on this machine, for side-by-side comparison with bench/Bittensor.Benchmarks (see docs/benchmarks.md).
// Usage: node bench-verify.mjs [seconds-per-case]
import { performance } from 'node:perf_hooks';
import * as wasm from '@polkadot/wasm-crypto';

await wasm.waitReady();
const seconds = Number(process.argv[2] ?? 3);
const message = new TextEncoder().encode('hello bittensor: a 32+ byte message to verify');
const seed = new Uint8Array(32).fill(7);

const sr = wasm.sr25519KeypairFromSeed(seed);
const srPub = sr.slice(64, 96);
const srSig = wasm.sr25519Sign(srPub, sr.slice(0, 64), message);
const ed = wasm.ed25519KeypairFromSeed(seed);
const edPub = ed.slice(32, 64);
const edSig = wasm.ed25519Sign(edPub, ed.slice(0, 32), message);

function run(name, fn) {
  for (let i = 0; i < 200; i++) fn(); // warm-up
  let n = 0;
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  while (performance.now() < end) { for (let i = 0; i < 50; i++) { if (!fn()) throw new Error(name + ' failed'); } n += 50; }
  const elapsed = (performance.now() - start) / 1000;
  const ops = n / elapsed;
  console.log(`${name.padEnd(28)} ${ops.toFixed(0).padStart(8)} ops/s  ${(1e6 / ops).toFixed(1).padStart(8)} us/op`);
}

console.log(`node ${process.version}, @polkadot/wasm-crypto, single thread, ${seconds}s per case`);
run('wasm sr25519Verify', () => wasm.sr25519Verify(srSig, message, srPub));
run('wasm ed25519Verify', () => wasm.ed25519Verify(edSig, message, edPub));
run('wasm sr25519Sign', () => wasm.sr25519Sign(srPub, sr.slice(0, 64), message).length === 64);
