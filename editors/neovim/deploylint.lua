-- deploylint for Neovim's built-in LSP client, 0.7 and later.
--
--   require('deploylint').setup()                        -- defaults
--   require('deploylint').setup({ cmd = { '/path/to/deploylint', 'lsp' },
--                                 init_options = { lang = 'zh' } })
--
-- Starts (or reuses) one `deploylint lsp` per project root for YAML and
-- JSON buffers. The root is the nearest directory upwards holding
-- deploylint.toml, else .git, else the file's directory. On Neovim 0.8+
-- vim.lsp.start does the reuse; on 0.7 it is done here.
local M = {}

local clients = {} -- root -> client id (Neovim 0.7)

local function root_of(file)
  local dir = vim.fn.fnamemodify(file, ':p:h')
  local config = vim.fn.findfile('deploylint.toml', dir .. ';')
  if config ~= '' then
    return vim.fn.fnamemodify(config, ':p:h')
  end
  local git = vim.fn.finddir('.git', dir .. ';')
  if git ~= '' then
    return vim.fn.fnamemodify(git, ':p:h:h')
  end
  return dir
end

function M.setup(opts)
  opts = opts or {}
  local cmd = opts.cmd or { 'deploylint', 'lsp' }
  local group = vim.api.nvim_create_augroup('deploylint', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = opts.filetypes or { 'yaml', 'json' },
    callback = function(args)
      local file = vim.api.nvim_buf_get_name(args.buf)
      if file == '' then
        return
      end
      local config = {
        name = 'deploylint',
        cmd = cmd,
        root_dir = root_of(file),
        init_options = opts.init_options,
      }
      if vim.lsp.start then
        vim.lsp.start(config, { bufnr = args.buf })
        return
      end
      local id = clients[config.root_dir]
      if not id or not vim.lsp.get_client_by_id(id) then
        id = vim.lsp.start_client(config)
        clients[config.root_dir] = id
      end
      if id then
        vim.lsp.buf_attach_client(args.buf, id)
      end
    end,
  })
end

return M
