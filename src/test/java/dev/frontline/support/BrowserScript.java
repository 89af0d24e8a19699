package dev.frontline.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a playwright-core script from {@code frontend/e2e} in Debian's Chromium against the running test
 * application. The script gets its arguments as JSON in {@code E2E_ARGS} (base URL, the workspace's accounts
 * with passwords and API tokens, its inboxes, plus whatever the test adds) and saves screenshots under
 * {@code target/screenshots}. Skipped locally when Chromium is missing; CI installs it.
 */
public final class BrowserScript {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BrowserScript() {
    }

    public static void assumeChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) || "true".equals(System.getenv("CI")),
                "Chromium is not installed (apt-get install chromium); .ci/run installs it");
    }

    /** The standard arguments for a workspace: base URL, accounts and inbox ids by channel name. */
    public static Map<String, Object> arguments(TestWorkspaces workspaces, TestWorkspaces.Workspace workspace) {
        Map<String, Object> args = new LinkedHashMap<>();
        args.put("baseUrl", workspaces.baseUrl());
        args.put("admin", account(workspace.admin()));
        args.put("supervisor", account(workspace.supervisor()));
        args.put("agent", account(workspace.agent()));
        Map<String, String> inboxes = new LinkedHashMap<>();
        workspace.inboxes().forEach((channel, id) -> inboxes.put(channel.name(), id.toString()));
        args.put("inboxes", inboxes);
        return args;
    }

    /** Another account for a script that needs one, such as a second agent. */
    public static Map<String, String> account(TestWorkspaces.StaffAccount account) {
        return Map.of("id", account.id().value().toString(), "email", account.email(), "password", account.password(),
                "token", String.valueOf(account.api().token()));
    }

    /** Runs {@code frontend/e2e/<script>} and fails with its output unless it exits 0 and prints "<script> passed". */
    public static String run(String script, Map<String, Object> arguments) throws Exception {
        assumeChromium();
        Path screenshots = Path.of("target", "screenshots").toAbsolutePath();
        Files.createDirectories(screenshots);
        // Output goes to a file, so it can be read even when a hanging script had to be killed.
        Path log = Files.createTempFile("e2e-" + script, ".log");
        ProcessBuilder builder = new ProcessBuilder("node", "e2e/" + script)
                .directory(new File("frontend"))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("E2E_ARGS", JSON.writeValueAsString(arguments));
        builder.environment().put("E2E_SCREENSHOTS", screenshots.toString());
        Process node = builder.start();
        boolean finished = node.waitFor(180, TimeUnit.SECONDS);
        if (!finished) {
            node.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        assertThat(finished).as("browser script %s finished in time:%n%s", script, output).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains(script.replaceFirst("\\.mjs$", "") + " passed");
        return output;
    }
}
