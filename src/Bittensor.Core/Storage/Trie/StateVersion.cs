namespace Bittensor.Core.Storage.Trie;

/// <summary>
/// The trie layout (sp_core::storage::StateVersion / sp_trie LayoutV0, LayoutV1): V1 stores values of 33 bytes or more
/// as their BLAKE2b-256 hash in the node ("hashed value" headers); V0 always inlines them.
/// </summary>
public enum StateVersion : byte
{
    V0 = 0,
    V1 = 1,
}
