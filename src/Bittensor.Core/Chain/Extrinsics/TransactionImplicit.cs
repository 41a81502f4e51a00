using Bittensor.Core.Primitives;

namespace Bittensor.Core.Chain.Extrinsics;

/// <summary>
/// The implicit values ("additional signed") that are signed but never sent: spec and transaction versions, genesis hash,
/// the hash of the era's birth block (the genesis hash for an immortal era) and the optional metadata hash.
/// </summary>
public readonly record struct TransactionImplicit(uint SpecVersion, uint TransactionVersion, H256 GenesisHash, H256 BirthHash, H256? MetadataHash = null);
