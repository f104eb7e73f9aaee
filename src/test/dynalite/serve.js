// Starts dynalite in memory on 127.0.0.1 and a free port (tables ACTIVE and deleted at once),
// prints "listening on PORT", and exits when its standard input closes: the JVM that started it
// holds that pipe, so dynalite ends with the JVM even when the JVM is killed.
const dynalite = require('dynalite')

const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })
server.listen(0, '127.0.0.1', () => console.log('listening on ' + server.address().port))
process.stdin.on('end', () => process.exit(0))
process.stdin.on('close', () => process.exit(0))
process.stdin.resume()
