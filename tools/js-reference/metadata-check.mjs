// Reads runtime metadata the way polkadot.js does and prints what it sees, as one JSON object on stdout:
//   node metadata-check.mjs <metadata-hex-file> [extrinsic-hex]
// The file holds the bare envelope ("0x6d657461" ++ version ++ body) as hex. Output: the metadata version, every pallet
// with its index and call/event/error/storage/constant names, the signed extensions polkadot.js will use, and, when an
// extrinsic is given, its decoding (signer, nonce, tip, era, section.method and the args as JSON).
// polkadot.js logs warnings (e.g. about extension identifiers it does not know) through console; those go to stderr so
// stdout stays one JSON document.
import { readFileSync } from 'node:fs';
import { TypeRegistry, Metadata } from '@polkadot/types';

for (const name of ['log', 'info', 'warn', 'error', 'debug']) {
  console[name] = (...args) => process.stderr.write(args.map(String).join(' ') + '\n');
}

const [file, extrinsicHex] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node metadata-check.mjs <metadata-hex-file> [extrinsic-hex]\n');
  process.exit(2);
}

const registry = new TypeRegistry();
const metadata = new Metadata(registry, readFileSync(file, 'utf8').trim());
registry.setMetadata(metadata);
const latest = metadata.asLatest;

const names = (lookupId) => {
  if (lookupId.isNone) return [];
  const type = registry.lookup.getSiType(lookupId.unwrap().type);
  return type.def.isVariant ? type.def.asVariant.variants.map((v) => v.name.toString()) : [];
};

const result = {
  version: metadata.version,
  pallets: latest.pallets.map((p) => ({
    name: p.name.toString(),
    index: p.index.toNumber(),
    calls: names(p.calls),
    events: names(p.events),
    errors: names(p.errors),
    storage: p.storage.isSome ? p.storage.unwrap().items.map((i) => i.name.toString()) : [],
    constants: p.constants.map((c) => c.name.toString()),
  })),
  signedExtensions: registry.signedExtensions,
  extrinsicVersions: Array.from(latest.extrinsic.versions, (v) => Number(v.toString())),
};

if (extrinsicHex) {
  const xt = registry.createType('Extrinsic', extrinsicHex);
  const { section, method } = registry.findMetaCall(xt.callIndex);
  result.extrinsic = {
    isSigned: xt.isSigned,
    signer: xt.isSigned ? xt.signer.toString() : null,
    nonce: xt.nonce.toNumber(),
    tip: xt.tip.toString(),
    era: xt.era.toJSON(),
    section,
    method,
    args: Object.fromEntries(xt.method.argsEntries.map(([name, value]) => [name, value.toJSON()])),
    hash: xt.hash.toHex(),
    reencoded: xt.toHex() === extrinsicHex,
  };
}

process.stdout.write(JSON.stringify(result) + '\n');
