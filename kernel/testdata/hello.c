/* Test app: prints its arguments, the GREETING environment variable and the content of the file
 * named by CONFIG (default /etc/hello.conf), writes one line to stderr, and exits 7. */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
	for (int i = 1; i < argc; i++) printf("arg[%d]=%s\n", i, argv[i]);
	const char *greeting = getenv("GREETING");
	printf("GREETING=%s\n", greeting ? greeting : "(unset)");
	const char *path = getenv("CONFIG");
	if (!path) path = "/etc/hello.conf";
	FILE *f = fopen(path, "r");
	if (f) {
		char line[256];
		while (fgets(line, sizeof line, f)) printf("config: %s", line);
		fclose(f);
	} else {
		printf("config: (missing %s)\n", path);
	}
	fflush(stdout);
	fprintf(stderr, "hello to stderr\n");
	return 7;
}
