namespace Bittensor.Sdk.Chain;

/// <summary>The named networks of the Python SDK (<c>bittensor/core/settings.py</c>) and endpoint parsing.</summary>
public static class SubtensorNetwork
{
    public const string Finney = "wss://entrypoint-finney.opentensor.ai:443";
    public const string Test = "wss://test.finney.opentensor.ai:443";
    public const string Archive = "wss://archive.chain.opentensor.ai:443";
    public const string Local = "ws://127.0.0.1:9944";

    /// <summary>
    /// The endpoint for a network name (<c>finney</c>, <c>test</c>, <c>archive</c>, <c>local</c>) or a
    /// <c>ws://</c>/<c>wss://</c> URL; a bare <c>host:port</c> becomes <c>ws://host:port</c> as upstream does.
    /// </summary>
    public static Uri Resolve(string nameOrUrl)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nameOrUrl);
        string text = nameOrUrl.Trim();
        string url = text.ToLowerInvariant() switch
        {
            "finney" or "mainnet" => Finney,
            "test" or "testnet" => Test,
            "archive" => Archive,
            "local" => Local,
            _ => text.Contains("://", StringComparison.Ordinal) ? text : "ws://" + text,
        };

        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || uri.Scheme is not ("ws" or "wss"))
        {
            throw new ArgumentException($"'{nameOrUrl}' is neither a network name (finney, test, archive, local) nor a ws:// or wss:// URL", nameof(nameOrUrl));
        }

        return uri;
    }
}
