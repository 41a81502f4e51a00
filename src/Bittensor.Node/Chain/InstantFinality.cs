namespace Bittensor.Node.Chain;

/// <summary>Single-authority finality: a block is final when it is imported (subtensor's dev chain with one GRANDPA voter behaves alike).</summary>
internal sealed class InstantFinality : IFinalityGadget
{
    public static InstantFinality Instance { get; } = new();

    public bool IsFinalOnImport(BlockEntry block) => true;
}
