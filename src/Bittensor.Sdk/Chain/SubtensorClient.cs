using System.Collections.Concurrent;
using System.Text.Json;
using Bittensor.Core.Metadata;
using Bittensor.Core.Primitives;
using Bittensor.Sdk.Chain.Rpc;

namespace Bittensor.Sdk.Chain;

/// <summary>
/// A client of a subtensor node over JSON-RPC/WebSocket, mirroring the Python SDK's <c>Subtensor</c>: it reads the
/// runtime version and metadata at connect (V15 through <c>Metadata_metadata_at_version</c>, V14
/// <c>state_getMetadata</c> as fallback), caches metadata per spec version and switches on runtime upgrades; storage
/// and runtime API results are decoded through the metadata's type registry.
/// </summary>
public sealed partial class SubtensorClient : IAsyncDisposable
{
    private readonly ConcurrentDictionary<uint, ChainMetadata> _metadataBySpec = new();
    private readonly SubtensorClientOptions _options;
    private readonly CancellationTokenSource _lifetime = new();
    private RuntimeState _runtime = null!;
    private JsonRpcSubscription? _runtimeWatch;
    private H256? _genesis;

    private SubtensorClient(JsonRpcWebSocketClient rpc, SubtensorClientOptions options)
    {
        Rpc = rpc;
        _options = options;
    }

    /// <summary>The JSON-RPC transport (for calls this class has no helper for).</summary>
    public JsonRpcWebSocketClient Rpc { get; }

    /// <summary>The runtime version the metadata belongs to.</summary>
    public RuntimeVersion RuntimeVersion => _runtime.Version;

    /// <summary>The metadata of the current runtime.</summary>
    public ChainMetadata Metadata => _runtime.Metadata;

    /// <summary>Why watching for runtime upgrades is off (the node refused the subscription), or null.</summary>
    public Exception? RuntimeWatchError { get; private set; }

    /// <summary>Connects to a network name (<c>finney</c>, <c>test</c>, <c>local</c>) or a ws(s):// URL.</summary>
    public static Task<SubtensorClient> ConnectAsync(string network = "finney", SubtensorClientOptions? options = null, CancellationToken cancellationToken = default) =>
        ConnectAsync(SubtensorNetwork.Resolve(network), options, cancellationToken);

    /// <summary>
    /// Connects and initialises as the Python SDK does: <c>chain_getHead</c>, <c>chain_getHeader</c>, the runtime
    /// version at the head's parent, then the metadata.
    /// </summary>
    public static async Task<SubtensorClient> ConnectAsync(Uri endpoint, SubtensorClientOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SubtensorClientOptions();
        JsonRpcWebSocketClient rpc = new(endpoint, options.Rpc);
        SubtensorClient client = new(rpc, options);
        try
        {
            await rpc.ConnectAsync(cancellationToken).ConfigureAwait(false);
            H256 head = await client.GetBlockHashAsync(null, cancellationToken).ConfigureAwait(false);
            BlockHeader header = await client.GetHeaderAsync(head, cancellationToken).ConfigureAwait(false);
            // Like the Python SDK, the runtime is read at the head's parent (the recorded finney traffic shows it); a chain
            // still at genesis has no parent, so there it is the head itself.
            client._runtime = await client.LoadRuntimeAsync(header.Number == 0 ? head : header.ParentHash, cancellationToken).ConfigureAwait(false);
            if (options.WatchRuntimeUpgrades)
            {
                await client.StartRuntimeWatchAsync(cancellationToken).ConfigureAwait(false);
            }

            return client;
        }
        catch
        {
            await client.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Re-reads the runtime version (at <paramref name="at"/>, or the best block) and switches metadata if it changed.</summary>
    public async Task<RuntimeVersion> RefreshRuntimeAsync(H256? at = null, CancellationToken cancellationToken = default)
    {
        _runtime = await LoadRuntimeAsync(at, cancellationToken).ConfigureAwait(false);
        return _runtime.Version;
    }

    /// <summary>The metadata cached for a spec version, if it was loaded.</summary>
    public bool TryGetCachedMetadata(uint specVersion, out ChainMetadata? metadata) => _metadataBySpec.TryGetValue(specVersion, out metadata);

    public async ValueTask DisposeAsync()
    {
        await _lifetime.CancelAsync().ConfigureAwait(false);
        if (_runtimeWatch is not null)
        {
            await _runtimeWatch.DisposeAsync().ConfigureAwait(false);
        }

        await Rpc.DisposeAsync().ConfigureAwait(false);
        _lifetime.Dispose();
    }

    internal static string? HashParam(H256? at) => at?.ToString();

    private async Task<RuntimeState> LoadRuntimeAsync(H256? at, CancellationToken cancellationToken)
    {
        JsonElement versionJson = await Rpc.RequestAsync("state_getRuntimeVersion", at is null ? [] : [HashParam(at)], cancellationToken: cancellationToken).ConfigureAwait(false);
        RuntimeVersion version = RuntimeVersion.FromJson(versionJson);
        if (!_metadataBySpec.TryGetValue(version.SpecVersion, out ChainMetadata? metadata))
        {
            metadata = await FetchMetadataAsync(at, cancellationToken).ConfigureAwait(false);
            uint described = MetadataSpecVersion(metadata);
            if (described != 0 && described != version.SpecVersion)
            {
                throw new InvalidOperationException($"the node served metadata of spec {described} for runtime spec {version.SpecVersion}");
            }

            _metadataBySpec[version.SpecVersion] = metadata;
        }

        return new RuntimeState(version, metadata);
    }

    private async Task<ChainMetadata> FetchMetadataAsync(H256? at, CancellationToken cancellationToken)
    {
        try
        {
            List<object?> parameters = ["Metadata_metadata_at_version", "0x0f000000"];
            if (at is not null)
            {
                parameters.Add(HashParam(at));
            }

            JsonElement v15 = await Rpc.RequestAsync("state_call", parameters, cancellationToken: cancellationToken).ConfigureAwait(false);
            byte[] bytes = Hex.Decode(v15.GetString());
            if (bytes.Length > 1)
            {
                return ChainMetadata.Decode(bytes);
            }
        }
        catch (JsonRpcException e) when (e.Code != JsonRpcErrorCodes.ClientError || !e.IsStateUnavailable)
        {
            // Runtimes without the Metadata API v2 refuse the call; state_getMetadata (V14) always exists.
            _ = e;
        }

        JsonElement v14 = await Rpc.RequestAsync("state_getMetadata", at is null ? [] : [HashParam(at)], cancellationToken: cancellationToken).ConfigureAwait(false);
        return ChainMetadata.Decode(Hex.Decode(v14.GetString()));
    }

    private static uint MetadataSpecVersion(ChainMetadata metadata)
    {
        try
        {
            return metadata.ConstantValue("System", "Version")["spec_version"].ToUInt32();
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            // Metadata without System.Version cannot be cross-checked; 0 means "unknown".
            return 0;
        }
    }

    private async Task StartRuntimeWatchAsync(CancellationToken cancellationToken)
    {
        try
        {
            _runtimeWatch = await Rpc.SubscribeAsync("state_subscribeRuntimeVersion", [], "state_unsubscribeRuntimeVersion", cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (JsonRpcException e)
        {
            RuntimeWatchError = e;
            return;
        }

        _ = Task.Run(() => WatchRuntimeAsync(_runtimeWatch), CancellationToken.None);
    }

    private async Task WatchRuntimeAsync(JsonRpcSubscription watch)
    {
        try
        {
            await foreach (JsonElement update in watch.WithCancellation(_lifetime.Token).ConfigureAwait(false))
            {
                RuntimeVersion version = RuntimeVersion.FromJson(update);
                if (version.SpecVersion != _runtime.Version.SpecVersion)
                {
                    _runtime = await LoadRuntimeAsync(null, _lifetime.Token).ConfigureAwait(false);
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or JsonRpcException or JsonRpcConnectionException or TimeoutException or FormatException or KeyNotFoundException or InvalidOperationException)
        {
            RuntimeWatchError = e;
        }
    }

    private sealed record RuntimeState(RuntimeVersion Version, ChainMetadata Metadata);
}
