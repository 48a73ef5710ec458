# The API server with the widgets, the admin page and the demo site, as one image for any number of instances.
# Used by compose.yaml; DATABASE_URL chooses the database (an SQLite file in /app/server/data by default).
FROM node:20-bookworm-slim
# better-sqlite3 builds from source when no prebuilt binary fits.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY server/package.json server/
COPY domain/package.json domain/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm run build:admin && mkdir -p server/data && chown node server/data
ENV HOST=0.0.0.0 PORT=8080
EXPOSE 8080
USER node
CMD ["npm", "run", "serve", "-w", "server"]
