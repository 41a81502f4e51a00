using System.CommandLine;
using System.Globalization;

namespace Bittensor.Node.Hosting;

/// <summary>
/// The <c>subtensor</c> flags, named as Substrate names them. Parsing only translates flags into configuration keys
/// (<c>Node:*</c>, <c>Rpc:*</c>) layered over appsettings.json and the environment; the options validators then check
/// the combined values, so a bad value gives the same one-line error whichever source it came from.
/// </summary>
internal sealed class NodeCommandLine
{
    private const int Mebibyte = 1024 * 1024;

    private readonly RootCommand _root;

    private NodeCommandLine(RootCommand root, ParseResult result)
    {
        _root = root;
        Result = result;
    }

    /// <summary>Configuration keys and values given on the command line.</summary>
    public Dictionary<string, string?> Configuration { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>One message per problem; empty when the flags parsed.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>True for <c>--help</c> or <c>--version</c>: print with <see cref="WriteHelpOrVersion"/> and exit 0.</summary>
    public bool IsHelpOrVersion { get; private set; }

    private ParseResult Result { get; }

    public static NodeCommandLine Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        Option<bool> dev = new("--dev") { Description = "Development chain: --chain dev, temporary storage unless --base-path is given." };
        Option<string> chain = new("--chain") { Description = "Chain spec: dev or local (default: dev with --dev, else local).", HelpName = "dev|local" };
        Option<string> basePath = new("--base-path", "-d") { Description = "Data directory (default ~/.bittensor/subtensor/<chain>).", HelpName = "PATH" };
        Option<bool> tmp = new("--tmp") { Description = "Keep data in a temporary directory deleted at exit." };
        Option<string> name = new("--name") { Description = "Node name shown in logs.", HelpName = "NAME" };
        Option<int> blockTime = new("--block-time") { Description = "Milliseconds between blocks (default 12000).", HelpName = "MS" };
        Option<int> rpcPort = new("--rpc-port") { Description = "JSON-RPC port for HTTP and WebSocket (default 9944; 0 picks a free port).", HelpName = "PORT" };
        Option<bool> rpcExternal = new("--rpc-external") { Description = "Listen on all interfaces instead of 127.0.0.1." };
        Option<int> maxConnections = new("--rpc-max-connections") { Description = "Most simultaneous RPC connections (default 100).", HelpName = "COUNT" };
        Option<int> maxRequestSize = new("--rpc-max-request-size") { Description = "Largest request in MiB (default 15).", HelpName = "MIB" };
        Option<int> maxResponseSize = new("--rpc-max-response-size") { Description = "Largest response in MiB (default 15).", HelpName = "MIB" };
        Option<int> maxSubscriptions = new("--rpc-max-subscriptions-per-connection") { Description = "Most subscriptions per connection (default 1024).", HelpName = "COUNT" };
        Option<int> bufferCapacity = new("--rpc-message-buffer-capacity-per-connection") { Description = "Messages queued per connection (default 64).", HelpName = "COUNT" };
        Option<int> prometheusPort = new("--prometheus-port") { Description = "Prometheus metrics port on 127.0.0.1 (default 9615; 0 picks a free port).", HelpName = "PORT" };
        Option<bool> noPrometheus = new("--no-prometheus") { Description = "Do not serve Prometheus metrics." };
        Option<int> maxBatch = new("--rpc-max-batch-request-len") { Description = "Most requests in one batch (default 256).", HelpName = "COUNT" };

        RootCommand root = new("subtensor: the Bittensor chain node (JSON-RPC over HTTP and WebSocket on one port).")
        {
            dev, chain, basePath, tmp, name, blockTime, rpcPort, rpcExternal,
            maxConnections, maxRequestSize, maxResponseSize, maxSubscriptions, bufferCapacity, maxBatch, prometheusPort, noPrometheus,
        };

        ParseResult result = root.Parse([.. args]);
        var parsed = new NodeCommandLine(root, result);
        foreach (System.CommandLine.Parsing.ParseError error in result.Errors)
        {
            parsed.Errors.Add(error.Message);
        }

        parsed.IsHelpOrVersion = result.Errors.Count == 0 && result.Action is not null;
        if (parsed.Errors.Count > 0 || parsed.IsHelpOrVersion)
        {
            return parsed;
        }

        parsed.Flag(dev, "Node:Dev");
        parsed.Flag(tmp, "Node:Tmp");
        parsed.Text(chain, "Node:Chain");
        parsed.Text(basePath, "Node:BasePath");
        parsed.Text(name, "Node:Name");
        parsed.Number(blockTime, "Node:BlockTimeMs", 1);
        parsed.Number(rpcPort, "Rpc:Port", 1);
        parsed.Flag(rpcExternal, "Rpc:External");
        parsed.Number(maxConnections, "Rpc:MaxConnections", 1);
        parsed.Number(maxRequestSize, "Rpc:MaxRequestBodyBytes", Mebibyte);
        parsed.Number(maxResponseSize, "Rpc:MaxResponseBodyBytes", Mebibyte);
        parsed.Number(maxSubscriptions, "Rpc:MaxSubscriptionsPerConnection", 1);
        parsed.Number(bufferCapacity, "Rpc:MessageBufferCapacityPerConnection", 1);
        parsed.Number(maxBatch, "Rpc:MaxBatchLength", 1);
        parsed.Number(prometheusPort, "Prometheus:Port", 1);
        if (parsed.Result.GetResult(noPrometheus) is { Implicit: false } && parsed.Result.GetValue(noPrometheus))
        {
            parsed.Configuration["Prometheus:Enabled"] = "false";
        }
        return parsed;
    }

    /// <summary>Prints help or the version.</summary>
    public int WriteHelpOrVersion(TextWriter output) =>
        Result.Invoke(new InvocationConfiguration { Output = output, Error = output, EnableDefaultExceptionHandler = false });

    public override string ToString() => _root.Description ?? string.Empty;

    private void Flag(Option<bool> option, string key)
    {
        if (Result.GetResult(option) is { Implicit: false })
        {
            Configuration[key] = Result.GetValue(option) ? "true" : "false";
        }
    }

    private void Text(Option<string> option, string key)
    {
        if (Result.GetResult(option) is { Implicit: false })
        {
            Configuration[key] = Result.GetValue(option);
        }
    }

    private void Number(Option<int> option, string key, int scale)
    {
        if (Result.GetResult(option) is not { Implicit: false })
        {
            return;
        }

        long value = (long)Result.GetValue(option) * scale;
        if (value is < int.MinValue or > int.MaxValue)
        {
            Errors.Add($"{option.Name} is out of range.");
            return;
        }

        Configuration[key] = ((int)value).ToString(CultureInfo.InvariantCulture);
    }
}
