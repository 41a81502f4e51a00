// Drives a running `subtensor --dev` node with unmodified @polkadot/api and prints one JSON object of what it saw.
// The .NET test (tests/Bittensor.Node.Tests/PolkadotJs) starts the node, runs this script and asserts on the facts:
// this script only observes and reports, so every judgement lives in the test.
//
//   node node-e2e.mjs ws://127.0.0.1:PORT
import { ApiPromise, Keyring, WsProvider } from '@polkadot/api';
import { compactFromU8a, u8aToHex } from '@polkadot/util';

const url = process.argv[2];
if (!url) {
  console.error('usage: node node-e2e.mjs ws://127.0.0.1:PORT');
  process.exit(2);
}

const TAO = 1_000_000_000n;
const deadline = setTimeout(() => {
  console.error('node-e2e: timed out after 150 s');
  process.exit(3);
}, 150_000);

const provider = new WsProvider(url);
const api = await ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true });
await api.isReady;
const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
const dev = (name) => keyring.addFromUri(`//${name}`);
const alice = dev('Alice');
const report = { chain: (await api.rpc.system.chain()).toString(), specVersion: api.runtimeVersion.specVersion.toNumber() };

// Submits and waits for inclusion; returns the events of this extrinsic and its decoded error, if any.
function send(tx, signer) {
  return new Promise((resolve, reject) => {
    let unsubscribe = null;
    let settled = false;
    tx.signAndSend(signer, (result) => {
      if (settled || !(result.status.isInBlock || result.status.isFinalized)) {
        if (result.isError && !settled) {
          settled = true;
          reject(new Error(`extrinsic status ${result.status.type}`));
        }
        return;
      }
      settled = true;
      unsubscribe?.();
      const events = result.events.map(({ event }) => ({ section: event.section, method: event.method, data: event.data.toJSON() }));
      let error = null;
      if (result.dispatchError) {
        if (result.dispatchError.isModule) {
          const meta = api.registry.findMetaError(result.dispatchError.asModule);
          error = { module: true, section: meta.section, name: meta.name, docs: meta.docs.join(' ') };
        } else {
          error = { module: false, text: result.dispatchError.toString() };
        }
      }
      resolve({ blockHash: result.status.isInBlock ? result.status.asInBlock.toHex() : result.status.asFinalized.toHex(), events, error });
    }).then((u) => {
      unsubscribe = u;
      if (settled) u();
    }, reject);
  });
}

async function mustSucceed(label, tx, signer) {
  const outcome = await send(tx, signer);
  if (outcome.error) throw new Error(`${label} failed: ${JSON.stringify(outcome.error)}`);
  return outcome;
}

const free = async (address) => (await api.query.system.account(address)).data.free.toBigInt();

// 1. System.Account and a transfer with its fee. //Bob sends, because //Alice authors the blocks and so gets fees back.
const bob = dev('Bob');
const ferdie = dev('Ferdie');
report.aliceAccount = (await api.query.system.account(alice.address)).toJSON();
const senderBefore = await free(bob.address);
const receiverBefore = await free(ferdie.address);
const amount = 10n * TAO;
const transfer = await mustSucceed('transfer', api.tx.balances.transferKeepAlive(ferdie.address, amount), bob);
const feeEvent = transfer.events.find((e) => e.section === 'transactionPayment' && e.method === 'TransactionFeePaid');
report.transfer = {
  amount: amount.toString(),
  events: transfer.events.map((e) => `${e.section}.${e.method}`),
  fee: feeEvent ? BigInt(feeEvent.data[1]).toString() : null,
  tip: feeEvent ? BigInt(feeEvent.data[2]).toString() : null,
  senderDelta: (senderBefore - (await free(bob.address))).toString(),
  receiverDelta: ((await free(ferdie.address)) - receiverBefore).toString(),
};

// 2. A subnet with validators and miners. Hotkeys are derived accounts funded for their own fees.
const owner = alice;
const ownerHotkey = keyring.addFromUri('//Alice//subnet-owner');
const validators = [
  { name: 'v1', coldkey: bob, hotkey: keyring.addFromUri('//Bob//validator'), stake: 1000n * TAO },
  { name: 'v2', coldkey: dev('Charlie'), hotkey: keyring.addFromUri('//Charlie//validator'), stake: 500n * TAO },
];
const miners = [
  { name: 'm1', coldkey: dev('Dave'), hotkey: keyring.addFromUri('//Dave//miner'), weight: 60000 },
  { name: 'm2', coldkey: dev('Eve'), hotkey: keyring.addFromUri('//Eve//miner'), weight: 20000 },
  { name: 'm3', coldkey: dev('Ferdie'), hotkey: keyring.addFromUri('//Ferdie//miner'), weight: 0 },
];
for (const v of validators) {
  await mustSucceed(`fund ${v.name}`, api.tx.balances.transferKeepAlive(v.hotkey.address, 10n * TAO), alice);
}

const registered = await mustSucceed('register_network', api.tx.subtensorModule.registerNetwork(ownerHotkey.address), owner);
const added = registered.events.find((e) => e.section === 'subtensorModule' && e.method === 'NetworkAdded');
const netuid = Number(added.data[0]);
report.netuid = netuid;
await mustSucceed('start_call', api.tx.subtensorModule.startCall(netuid), owner);
for (const n of [...validators, ...miners]) {
  await mustSucceed(`burned_register ${n.name}`, api.tx.subtensorModule.burnedRegister(netuid, n.hotkey.address), n.coldkey);
}
for (const v of validators) {
  await mustSucceed(`add_stake ${v.name}`, api.tx.subtensorModule.addStake(v.hotkey.address, netuid, v.stake), v.coldkey);
}

const uidOf = async (hotkey) => (await api.query.subtensorModule.uids(netuid, hotkey)).unwrap().toNumber();
for (const n of [...validators, ...miners]) n.uid = await uidOf(n.hotkey.address);
const dests = miners.map((m) => m.uid);
const weights = miners.map((m) => m.weight);

// 3. A failing call reports its decoded module error (a subnet that does not exist).
const failing = await send(api.tx.subtensorModule.burnedRegister(65000, dev('Dave').address), dev('Dave'));
report.failingCall = failing.error;

// 4. Weights, then wait until an epoch has paid the subnet (tempo 10 at 250 ms blocks; permits need one epoch first).
const startBlock = (await api.rpc.chain.getHeader()).number.toNumber();
let neurons = null;
for (let round = 0; round < 40 && neurons === null; round++) {
  for (const v of validators) {
    await send(api.tx.subtensorModule.setWeights(netuid, dests, weights, 0), v.hotkey);
  }
  const [incentive, dividends, emission] = await Promise.all([
    api.query.subtensorModule.incentive(netuid),
    api.query.subtensorModule.dividends(netuid),
    api.query.subtensorModule.emission(netuid),
  ]);
  const inc = incentive.toJSON();
  const div = dividends.toJSON();
  // Wait for an epoch that counted every validator's weights: on a busy machine one validator's set_weights can land
  // after the epoch block, and that epoch pays only the other.
  if (validators.every((v) => (div[v.uid] ?? 0) > 0) && miners.some((m) => (inc[m.uid] ?? 0) > 0)) {
    neurons = [...validators, ...miners].map((n) => ({
      name: n.name,
      uid: n.uid,
      role: validators.includes(n) ? 'validator' : 'miner',
      incentive: inc[n.uid] ?? 0,
      dividends: div[n.uid] ?? 0,
      emission: String(emission.toJSON()[n.uid] ?? 0),
    }));
  } else {
    await new Promise((r) => setTimeout(r, 500));
  }
}
report.neurons = neurons;
report.epochBlocks = (await api.rpc.chain.getHeader()).number.toNumber() - startBlock;

// 5. Refusals straight through author_submitExtrinsic (the raw provider, so no client-side check intervenes).
const rejection = async (hex) => {
  try {
    await provider.send('author_submitExtrinsic', [hex]);
    return null;
  } catch (e) {
    return e.message;
  }
};
const good = api.tx.balances.transferKeepAlive(bob.address, 1n);
await good.signAsync(alice, { nonce: -1 });
const bytes = good.toU8a();
const [prefix] = compactFromU8a(bytes);
const tampered = bytes.slice();
tampered[prefix + 1 + 33 + 1 + 7] ^= 0xff; // version, MultiAddress::Id, MultiSignature tag, then a signature byte
const stale = api.tx.balances.transferKeepAlive(bob.address, 1n);
await stale.signAsync(alice, { nonce: 0 });
const headBefore = (await api.rpc.chain.getHeader()).number.toNumber();
report.refusals = {
  badSignature: await rejection(u8aToHex(tampered)),
  staleNonce: await rejection(stale.toHex()),
  garbage: await rejection('0xdeadbeef'),
};
await new Promise((r) => setTimeout(r, 1500));
report.blocksAfterRefusals = (await api.rpc.chain.getHeader()).number.toNumber() - headBefore;

clearTimeout(deadline);
console.log(JSON.stringify(report));
await api.disconnect();
process.exit(0);
