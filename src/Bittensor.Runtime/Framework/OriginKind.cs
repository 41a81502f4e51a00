namespace Bittensor.Runtime.Framework;

/// <summary>The kinds of <c>frame_system::RawOrigin</c>.</summary>
public enum OriginKind : byte
{
    Root = 0,
    Signed = 1,
    None = 2,
}
