namespace Bittensor.Core.Chain.Extrinsics;

/// <summary>The variant index of <see cref="MultiAddress"/> (<c>sp_runtime::MultiAddress</c>).</summary>
public enum MultiAddressKind : byte
{
    Id = 0,
    Index = 1,
    Raw = 2,
    Address32 = 3,
    Address20 = 4,
}
