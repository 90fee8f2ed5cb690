package org.cyberprocure.cli.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cyberprocure.ComplianceChecker;
import org.cyberprocure.Policy;
import org.cyberprocure.cli.TerminalWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the officer's workbench and the HTTP API, on the loopback address unless told otherwise. */
@Command(name = "serve", sortOptions = false, mixinStandardHelpOptions = false,
        description = {"Start the local web workbench (pages at /) and the HTTP API (/api/v1/, described by "
                + "/api/v1/openapi.yaml; docs/http-api.md). Runs until stopped with Ctrl+C.",
                "Listens on 127.0.0.1 only unless --host is given. On any other address an access token is "
                        + "required (--token-file, or the environment variable " + ServeCommand.TOKEN_VARIABLE
                        + "): API clients send it as 'Authorization: Bearer TOKEN', people log in with it. "
                        + "Uploads are held in a private temporary folder and deleted after each request."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:internal error, or the port cannot be opened",
                        "2:usage: a bad option or policy, a non-loopback --host without an access token"})
public final class ServeCommand implements Callable<Integer> {
    /** The environment variable that may hold the access token. */
    public static final String TOKEN_VARIABLE = "CYBERPROCURE_TOKEN";
    private static final int EXIT_OK = 0;
    private static final int EXIT_INTERNAL_ERROR = 1;
    private static final int EXIT_USAGE = 2;

    @Spec
    private CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Any other, e.g. "
                    + "0.0.0.0, needs an access token.")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "File whose first line is the access token (at least 16 characters), e.g. made with: "
                    + "head -c 32 /dev/urandom | base64 > token.txt. Required on a non-loopback --host unless "
                    + TOKEN_VARIABLE + " is set; on loopback it makes the token required too.")
    Path tokenFile;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en",
            description = "Default language of reports and pages: en, de, fr, it (a request may ask for another; "
                    + "default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "The hospital's scoring policy (JSON, docs/policy.md) used when a request brings none; "
                    + "default: the built-in policy.")
    Path policyFile;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "20",
            description = "Largest request body, all uploads together, in MB (default: ${DEFAULT-VALUE}).")
    int maxUploadMb;

    @Option(names = "--max-files", paramLabel = "N", defaultValue = "20",
            description = "Most files in one request (default: ${DEFAULT-VALUE}).")
    int maxFiles;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Evaluations running at the same time; more wait (default: the number of processors).")
    Integer jobs;

    @Option(names = "--lots", paramLabel = "DIR",
            description = "Folder where the workbench keeps the lots an officer saves (created if missing); saved lots "
                    + "are opened again on the next start. Without it, every lot is deleted when the server stops.")
    private Path lotsFolder;

    @Option(names = "--examples", paramLabel = "DIR",
            description = "Open the bundled examples as demo lots in the workbench, e.g. --examples docs/examples "
                    + "(its lot-pacs folder, and cloud-vendor.json with its resubmission).")
    private Path examplesFolder;

    @Option(names = "--verbose", description = "Also log the warnings of the workbook and rule engine libraries "
            + "(internal errors are always logged with their stack trace and incident id).")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = TerminalWriter.out(spec);
        PrintWriter err = TerminalWriter.err(spec);
        boolean loopback;
        try {
            loopback = InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return usage(err, "--host " + host + " is not an address of this machine");
        }
        String token;
        try {
            token = token(System.getenv());
        } catch (IOException e) {
            return usage(err, "cannot read the token file " + tokenFile + ": " + e.getMessage());
        }
        if (!loopback && token == null) {
            return usage(err, "--host " + host + " is reachable from other machines: an access token is required. "
                    + "Give --token-file FILE (first line: the token, at least 16 characters; e.g. head -c 32 "
                    + "/dev/urandom | base64 > token.txt) or set " + TOKEN_VARIABLE + ". Not started.");
        }
        AccessControl access;
        try {
            access = token == null ? AccessControl.open() : AccessControl.withToken(token);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        Locale language = Locale.forLanguageTag(lang);
        ServeContext.Limits defaults = ServeContext.Limits.defaults();
        ServeContext.Limits limits;
        try {
            limits = new ServeContext.Limits(maxUploadMb * 1024L * 1024L, maxFiles,
                    jobs == null ? defaults.maxJobs() : jobs, defaults.maxWaiting(), defaults.maxThreads());
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        Policy policy;
        if (policyFile == null) {
            policy = Policy.defaults();
        } else if (!Files.isRegularFile(policyFile)) {
            return usage(err, "policy file not found: " + policyFile);
        } else {
            policy = Policy.read(policyFile); // a bad file: ConfigurationException, exit code 2
        }
        if (examplesFolder != null && !Files.isDirectory(examplesFolder)) {
            return usage(err, "--examples " + examplesFolder + " is not a folder");
        }
        if (lotsFolder != null) {
            try {
                Files.createDirectories(lotsFolder);
            } catch (IOException e) {
                return usage(err, "--lots " + lotsFolder + " cannot be used as a folder: " + e.getMessage());
            }
        }
        out.println("Loading the rule pack...");
        out.flush();
        ComplianceChecker checker = ComplianceChecker.load();
        policy.checkAgainst(checker.catalog());
        if (!checker.catalog().translations().supports(language)) {
            return usage(err, "--lang " + lang + ": no texts in this language (languages: "
                    + String.join(", ", checker.catalog().translations().languages()) + ")");
        }
        ServeContext context = new ServeContext(checker, language, policy,
                policyFile == null ? "built-in" : String.valueOf(policyFile.getFileName()), limits, access, null)
                .withWorkbenchFolders(lotsFolder, examplesFolder);
        CyberProcureServer server;
        try {
            server = CyberProcureServer.start(context, host, port);
        } catch (RuntimeException e) {
            context.close();
            err.println("error: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            err.flush();
            return EXIT_INTERNAL_ERROR;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close(); // deletes the private work folder
            stopped.countDown();
        }, "cyberprocure-serve-stop"));
        out.println("CyberProcure workbench: " + server.uri());
        out.println("HTTP API: " + server.uri() + "api/v1/ (OpenAPI: " + server.uri() + "api/v1/openapi.yaml)");
        out.println(loopback && token == null ? "Listening on this machine only (loopback); no access token."
                : "Access token required: API clients send 'Authorization: Bearer TOKEN', people log in at "
                        + server.uri() + "login.");
        out.println("Stop with Ctrl+C.");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return EXIT_OK;
    }

    /** The token from --token-file, else from the environment, else null. */
    String token(Map<String, String> env) throws IOException {
        if (tokenFile != null) {
            String first = Files.readString(tokenFile, StandardCharsets.UTF_8).lines().findFirst().orElse("").strip();
            if (first.isEmpty()) {
                throw new IOException("the first line is empty");
            }
            return first;
        }
        String fromEnv = env.get(TOKEN_VARIABLE);
        return fromEnv == null || fromEnv.isBlank() ? null : fromEnv.strip();
    }

    private static int usage(PrintWriter err, String message) {
        err.println("error: " + message);
        err.flush();
        return EXIT_USAGE;
    }
}
