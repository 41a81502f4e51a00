using Bittensor.Core.Crypto;
using Bittensor.Node.Hosting;
using Bittensor.Node.Pool;
using Bittensor.Runtime;
using Bittensor.Runtime.Genesis;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bittensor.Node.Chain;

/// <summary>
/// Opens the <see cref="Blockchain"/> (after <see cref="NodeStorage"/> opened the database) and creates the
/// <see cref="TransactionPool"/> and <see cref="BlockProducer"/>. <c>--dev</c>: the dev runtime and genesis (subtensor's
/// local subnet defaults); <c>local</c>: upstream subnet defaults. Both chains have //Alice as sudo and single Aura
/// authority, and this node authors with //Alice.
/// </summary>
internal sealed partial class ChainService : IHostedService, IDisposable
{
    private readonly NodeStorage _storage;
    private readonly NodeOptions _options;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory _loggers;
    private Blockchain? _chain;
    private TransactionPool? _pool;
    private BlockProducer? _producer;

    public ChainService(NodeStorage storage, IOptions<NodeOptions> options, TimeProvider time, ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(options);
        _storage = storage;
        _options = options.Value;
        _time = time;
        _loggers = loggers;
    }

    public Blockchain Chain => _chain ?? throw new InvalidOperationException("The chain opens when the node starts.");

    public TransactionPool Pool => _pool ?? throw new InvalidOperationException("The pool opens when the node starts.");

    public BlockProducer Producer => _producer ?? throw new InvalidOperationException("The producer exists once the node started.");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        bool dev = _options.EffectiveChain == "dev";
        NodeRuntime runtime = dev ? NodeRuntime.CreateDev() : NodeRuntime.Create();
        GenesisBlock genesis = runtime.BuildGenesis(GenesisConfig.Dev(), dev);
        _chain = Blockchain.Open(_storage.Database, runtime, genesis);
        _pool = new TransactionPool(_chain, time: _time);
        ILogger logger = _loggers.CreateLogger("subtensor.chain");
        _producer = new BlockProducer(_chain, _pool, KeyPair.FromUri("//Alice"), _time, logger);
        BlockEntry best = _chain.Best;
        Log.ChainOpened(logger, _options.EffectiveChain, _chain.GenesisHash, best.Number, best.Hash);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public void Dispose()
    {
        _pool?.Dispose();
        _chain?.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 210, Level = LogLevel.Information, Message = "Chain {Chain}, genesis {Genesis}, best block #{Number} ({Hash})")]
        public static partial void ChainOpened(ILogger logger, string chain, Bittensor.Core.Primitives.H256 genesis, uint number, Bittensor.Core.Primitives.H256 hash);
    }
}
