namespace Bittensor.Core.Chain;

/// <summary>The variant index of a <see cref="DigestItem"/> (<c>sp_runtime::generic::DigestItemType</c>).</summary>
public enum DigestItemKind : byte
{
    Other = 0,
    Consensus = 4,
    Seal = 5,
    PreRuntime = 6,
    RuntimeEnvironmentUpdated = 8,
}
