# CCHC Flow image: built from source, runs as a non-root user with JVM memory sized from the container's limit.
FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17.0.13_11-jre-jammy
# curl for the compose healthcheck; a fixed non-root user owning only /app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 cchc && useradd --system --uid 10001 --gid cchc --home-dir /app cchc \
 && mkdir -p /app/config/communes /app/config/mail /app/reports && chown -R cchc:cchc /app
WORKDIR /app
COPY --from=build --chown=cchc:cchc /src/target/cchc-flow-*.jar /app/app.jar
USER 10001:10001
# heap from the container's memory limit (75 %), leaving room for metaspace, threads and buffers
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=25 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
