using Bittensor.Core.Chain;
using Bittensor.Core.Primitives;
using FsCheck;
using FsCheck.Fluent;

namespace Bittensor.Core.Tests.Chain;

/// <summary>FsCheck generators for chain types (used with <c>[Property(Arbitrary = ...)]</c>).</summary>
public static class ChainArbitraries
{
    public static Arbitrary<Header> Header()
    {
        Gen<byte> byteGen = ArbMap.Default.GeneratorFor<byte>();
        Gen<byte[]> bytes = ArbMap.Default.GeneratorFor<byte[]>().Select(b => b ?? []);
        Gen<H256> hash = Gen.ArrayOf(byteGen, H256.Size).Select(b => new H256(b));
        Gen<ConsensusEngineId> engine = Gen.ArrayOf(byteGen, ConsensusEngineId.Size).Select(b => new ConsensusEngineId(b));
        Gen<DigestItem> item =
            from kind in Gen.Elements(DigestItemKind.PreRuntime, DigestItemKind.Consensus, DigestItemKind.Seal, DigestItemKind.Other, DigestItemKind.RuntimeEnvironmentUpdated)
            from e in engine
            from payload in bytes
            select kind switch
            {
                DigestItemKind.PreRuntime => DigestItem.PreRuntime(e, payload),
                DigestItemKind.Consensus => DigestItem.Consensus(e, payload),
                DigestItemKind.Seal => DigestItem.Seal(e, payload),
                DigestItemKind.Other => DigestItem.Other(payload),
                _ => DigestItem.RuntimeEnvironmentUpdated,
            };
        Gen<Header> header =
            from parent in hash
            from number in ArbMap.Default.GeneratorFor<uint>()
            from shift in Gen.Choose(0, 31)
            from state in hash
            from extrinsics in hash
            from logs in Gen.ArrayOf(item)
            select new Header(parent, number >> shift, state, extrinsics, new Digest(logs));
        return Arb.From(header);
    }

    public static Arbitrary<Era> Era()
    {
        Gen<Era> mortal =
            from period in ArbMap.Default.GeneratorFor<ulong>()
            from shift in Gen.Choose(0, 63)
            from current in ArbMap.Default.GeneratorFor<ulong>()
            select Core.Chain.Era.Mortal(period >> shift, current);
        return Arb.From(Gen.Frequency((1, Gen.Constant(Core.Chain.Era.Immortal)), (9, mortal)));
    }
}
