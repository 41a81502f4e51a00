// JSON-lines oracle for the .NET cross-check tests: one request object per stdin line, one
// response object per stdout line. Two independent references answer every question:
//   - @polkadot/util-crypto (the JS path polkadot.js and its keyring use: @scure/sr25519, noble/wasm ed25519)
//   - @polkadot/wasm-crypto (the Rust schnorrkel / ed25519-zebra code compiled to WASM)
import { createInterface } from 'node:readline';
import { hexToU8a, u8aToHex, stringToU8a, isHex } from '@polkadot/util';
import {
  cryptoWaitReady, keyExtractSuri, keyFromPath, mnemonicToMiniSecret, mnemonicValidate,
  sr25519PairFromSeed, ed25519PairFromSeed, sr25519Sign, sr25519Verify, ed25519Sign, ed25519Verify,
  encodeAddress,
} from '@polkadot/util-crypto';
import * as wasm from '@polkadot/wasm-crypto';

const DEV_PHRASE = 'bottom drive obey lake curtain smoke basket hold race lonely fit walk';

function seedOf(suri) {
  const { phrase, password, path } = keyExtractSuri(suri.startsWith('//') ? `${DEV_PHRASE}${suri}` : suri);
  if (isHex(phrase, 256)) return { seed: hexToU8a(phrase), path };
  if (!mnemonicValidate(phrase)) throw new Error(`invalid mnemonic: ${phrase}`);
  return { seed: mnemonicToMiniSecret(phrase, password), path };
}

// util-crypto: keyring-style derivation.
function jsPair(suri, scheme) {
  const { seed, path } = seedOf(suri);
  const root = scheme === 'ed25519' ? ed25519PairFromSeed(seed) : sr25519PairFromSeed(seed);
  return keyFromPath(root, path, scheme);
}

// wasm-crypto: schnorrkel's own keypair format (64-byte secret ++ 32-byte public) and HDKD.
function wasmPair(suri, scheme) {
  const { seed, path } = seedOf(suri);
  if (scheme === 'ed25519') {
    let s = seed;
    for (const j of path) {
      if (!j.isHard) throw new Error('ed25519 has no soft derivation');
      // sp_core ed25519 hard junction: blake2_256(SCALE(("Ed25519HDKD", seed, chain_code)))
      const input = new Uint8Array([...stringToU8aScale('Ed25519HDKD'), ...s, ...j.chainCode]);
      s = wasm.blake2b(input, new Uint8Array(), 32);
    }
    const kp = wasm.ed25519KeypairFromSeed(s);
    return { publicKey: kp.slice(32, 64), secretKey: kp.slice(0, 64) };
  }
  let kp = wasm.sr25519KeypairFromSeed(seed);
  for (const j of path) {
    kp = j.isHard ? wasm.sr25519DeriveKeypairHard(kp, j.chainCode) : wasm.sr25519DeriveKeypairSoft(kp, j.chainCode);
  }
  return { publicKey: kp.slice(64, 96), secretKey: kp.slice(0, 64) };
}

function stringToU8aScale(s) {
  const b = stringToU8a(s);
  if (b.length >= 64) throw new Error('short strings only');
  return new Uint8Array([b.length << 2, ...b]);
}

function msgBytes(m) { return m.startsWith('0x') ? hexToU8a(m) : stringToU8a(m); }

const handlers = {
  pair({ suri, scheme }) {
    const js = jsPair(suri, scheme);
    const w = wasmPair(suri, scheme);
    return { publicKey: u8aToHex(js.publicKey), publicKeyWasm: u8aToHex(w.publicKey), ss58: encodeAddress(js.publicKey, 42) };
  },
  sign({ suri, scheme, message }) {
    const m = msgBytes(message);
    const js = jsPair(suri, scheme);
    const w = wasmPair(suri, scheme);
    const signature = scheme === 'ed25519' ? ed25519Sign(m, js, true) : sr25519Sign(m, js);
    const signatureWasm = scheme === 'ed25519'
      ? wasm.ed25519Sign(w.publicKey, w.secretKey.slice(0, 32), m)
      : wasm.sr25519Sign(w.publicKey, w.secretKey, m);
    return { publicKey: u8aToHex(js.publicKey), signature: u8aToHex(signature), signatureWasm: u8aToHex(signatureWasm) };
  },
  verify({ scheme, publicKey, message, signature }) {
    const m = msgBytes(message);
    const pk = hexToU8a(publicKey);
    const sig = hexToU8a(signature);
    let valid; let validWasm;
    try { valid = scheme === 'ed25519' ? ed25519Verify(m, sig, pk, true) : sr25519Verify(m, sig, pk); } catch { valid = false; }
    try { validWasm = scheme === 'ed25519' ? wasm.ed25519Verify(sig, m, pk) : wasm.sr25519Verify(sig, m, pk); } catch { validWasm = false; }
    return { valid, validWasm };
  },
};

await cryptoWaitReady();
await wasm.waitReady();
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  let reply;
  try {
    const req = JSON.parse(line);
    const h = handlers[req.op];
    reply = h ? { id: req.id, ...h(req) } : { id: req.id, error: `unknown op ${req.op}` };
  } catch (e) {
    reply = { error: String(e && e.message ? e.message : e) };
  }
  process.stdout.write(JSON.stringify(reply) + '\n');
}
