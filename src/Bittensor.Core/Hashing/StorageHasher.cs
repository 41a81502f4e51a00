namespace Bittensor.Core.Hashing;

/// <summary>The storage hashers of FRAME's metadata (frame_metadata::StorageHasher), in metadata index order.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1707", Justification = "Names match frame_metadata::StorageHasher exactly, as clients print them.")]
public enum StorageHasher : byte
{
    Blake2_128 = 0,
    Blake2_256 = 1,
    Blake2_128Concat = 2,
    Twox128 = 3,
    Twox256 = 4,
    Twox64Concat = 5,
    Identity = 6,
}
