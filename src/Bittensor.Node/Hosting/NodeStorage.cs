using Bittensor.Node.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bittensor.Node.Hosting;

/// <summary>
/// Opens the node's RocksDB database at start-up (<c>&lt;base-path&gt;/db</c>) and closes it when the host is disposed,
/// after the RPC server and every other service have stopped. With temporary storage (<c>--tmp</c>, or <c>--dev</c>
/// without <c>--base-path</c>) the base path is a fresh temporary directory, deleted after the database closes.
/// </summary>
internal sealed class NodeStorage : IHostedService, IDisposable
{
    private readonly NodeOptions _options;
    private readonly ILogger _logger;
    private RocksDbDatabase? _database;
    private string? _temporaryDirectory;

    public NodeStorage(IOptions<NodeOptions> options, ILogger<NodeStorage> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>The open database; available once the host has started.</summary>
    public IKeyValueDatabase Database => _database ?? throw new InvalidOperationException("The database opens when the node starts.");

    /// <summary>The data directory in use (null before start).</summary>
    public string? BasePath { get; private set; }

    /// <summary>The default data directory of <paramref name="chain"/>: <c>~/.bittensor/subtensor/&lt;chain&gt;</c>.</summary>
    public static string DefaultBasePath(string chain) =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".bittensor", "subtensor", chain);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_options.UsesTemporaryStorage)
        {
            _temporaryDirectory = Directory.CreateTempSubdirectory("subtensor-").FullName;
            BasePath = _temporaryDirectory;
        }
        else
        {
            BasePath = Path.GetFullPath(ExpandHome(_options.BasePath) ?? DefaultBasePath(_options.EffectiveChain));
        }

        string databasePath = Path.Combine(BasePath, "db");
        _database = RocksDbDatabase.Open(databasePath);
        NodeLog.DatabaseOpened(_logger, databasePath, _temporaryDirectory is not null);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _database?.Dispose();
        _database = null;
        if (_temporaryDirectory is { } directory)
        {
            _temporaryDirectory = null;
            try
            {
                Directory.Delete(directory, recursive: true);
                NodeLog.TemporaryStorageDeleted(_logger, directory);
            }
            catch (IOException ex)
            {
                NodeLog.TemporaryStorageNotDeleted(_logger, directory, ex);
            }
            catch (UnauthorizedAccessException ex)
            {
                NodeLog.TemporaryStorageNotDeleted(_logger, directory, ex);
            }
        }
    }

    private static string? ExpandHome(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        return path == "~" || path.StartsWith("~/", StringComparison.Ordinal)
            ? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile) + path[1..]
            : path;
    }
}
