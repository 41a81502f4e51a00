using Bittensor.Core.Scale;

namespace Bittensor.Runtime.Framework;

/// <summary>
/// <c>sp_version::RuntimeVersion</c>, encoded as Core_version returns it: spec_name, impl_name, authoring_version,
/// spec_version, impl_version, apis <c>Vec&lt;([u8; 8], u32)&gt;</c>, transaction_version, system_version (u8).
/// </summary>
public sealed record RuntimeVersion(string SpecName, string ImplName, uint AuthoringVersion, uint SpecVersion, uint ImplVersion, IReadOnlyList<RuntimeApi> Apis, uint TransactionVersion, byte SystemVersion)
{
    /// <summary>
    /// subtensor runtime/src/lib.rs <c>VERSION</c> at 14bc6f9: node-subtensor, authoring 1, spec 425, impl 1, tx 1, system 1.
    /// The API list is finney's recorded one (metadata System.Version) with the HEAD additions (ProxyFilterRuntimeApi,
    /// ShieldApi, SubnetInfoRuntimeApi v2); the node should advertise only what it serves.
    /// </summary>
    public static RuntimeVersion Subtensor { get; } = new(
        "node-subtensor",
        "node-subtensor",
        1,
        425,
        1,
        [
            new("Core", 5), new("Metadata", 2), new("BlockBuilder", 6), new("GenesisBuilder", 1), new("TaggedTransactionQueue", 3),
            new("OffchainWorkerApi", 2), new("AuraApi", 1), new("SessionKeys", 1), new("GrandpaApi", 3), new("AccountNonceApi", 1),
            new("TransactionPaymentApi", 4), new("TransactionPaymentCallApi", 3), new("EthereumRuntimeRPCApi", 6),
            new("ConvertTransactionRuntimeApi", 2), new("ContractsApi", 2), new("DelegateInfoRuntimeApi", 1), new("NeuronInfoRuntimeApi", 1),
            new("SubnetInfoRuntimeApi", 2), new("StakeInfoRuntimeApi", 1), new("SubnetRegistrationRuntimeApi", 1), new("BabeApi", 2),
            new("SwapRuntimeApi", 1), new("ProxyFilterRuntimeApi", 1), new("ShieldApi", 1),
        ],
        1,
        1);

    /// <summary>The state trie layout (system_version 0 → V0, otherwise V1).</summary>
    public Core.Storage.Trie.StateVersion StateVersion => SystemVersion == 0 ? Core.Storage.Trie.StateVersion.V0 : Core.Storage.Trie.StateVersion.V1;

    /// <summary>The extrinsics-root layout (RuntimeVersion::extrinsics_root_state_version: V0 for system_version 0 and 1).</summary>
    public Core.Storage.Trie.StateVersion ExtrinsicsRootVersion => SystemVersion <= 1 ? Core.Storage.Trie.StateVersion.V0 : Core.Storage.Trie.StateVersion.V1;

    public byte[] Encode()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(512);
        var writer = new ScaleWriter(buffer);
        writer.WriteString(SpecName);
        writer.WriteString(ImplName);
        writer.WriteU32(AuthoringVersion);
        writer.WriteU32(SpecVersion);
        writer.WriteU32(ImplVersion);
        writer.WriteLength(Apis.Count);
        foreach (RuntimeApi api in Apis)
        {
            writer.WriteBytes(api.Id);
            writer.WriteU32(api.Version);
        }

        writer.WriteU32(TransactionVersion);
        writer.WriteU8(SystemVersion);
        return buffer.WrittenSpan.ToArray();
    }
}
